import { Alert } from '@mantine/core';
import { ApiError } from '../api/http';

/** The translated problem of a failed call (or nothing). */
export function ProblemAlert({ error, title }: { error: unknown; title?: string }) {
  if (!error) return null;
  const text = error instanceof ApiError ? error.shown.summary : 'Đã có lỗi; hãy thử lại.';
  return <Alert color="red" role="alert" title={title ?? 'Không thực hiện được'}>{text}</Alert>;
}
