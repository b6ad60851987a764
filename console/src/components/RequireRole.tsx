import type { ReactNode } from 'react';
import { Alert, Center, Loader } from '@mantine/core';
import type { Role } from '../api/types';
import { useSession } from '../session/session';
import { SignInPrompt } from '../pages/Home';

/** The page for these roles; a sign-in prompt when nobody is signed in, a plain refusal for another role. */
export function RequireRole({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const { user, loading, has } = useSession();
  if (loading) return <Center p="xl"><Loader role="status" aria-label="Đang tải" /></Center>;
  if (!user) return <SignInPrompt />;
  if (!has(...roles)) {
    return <Alert color="orange" title="Không có quyền truy cập">Tài khoản của bạn không dùng được trang này.</Alert>;
  }
  return <>{children}</>;
}
