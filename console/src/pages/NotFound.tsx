import { Alert, Anchor } from '@mantine/core';
import { Link } from 'react-router-dom';

export default function NotFound() {
  return (
    <Alert color="gray" title="Không có trang này">
      Địa chỉ không đúng. <Anchor component={Link} to="/">Về trang đầu</Anchor>
    </Alert>
  );
}
