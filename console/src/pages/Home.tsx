import { Alert, Button, Card, Center, Loader, List, Stack, Text, Title } from '@mantine/core';
import { Navigate, useSearchParams } from 'react-router-dom';
import { returnTo, useSession } from '../session/session';

/** The start page: a sign-in prompt, or the signed-in person's first page (or the page they were on). */
export function Home() {
  const { user, loading, has } = useSession();
  if (loading) return <Center p="xl"><Loader role="status" aria-label="Đang tải" /></Center>;
  if (!user) return <SignInPrompt />;
  const back = returnTo();
  if (back && back !== '/') return <Navigate to={back} replace />;
  if (has('PROVINCE_STAFF')) return <Navigate to="/plans" replace />;
  if (has('UNIT_REPORTER')) return <Navigate to="/my/plans" replace />;
  if (has('UNIT_STAFF')) return <Navigate to="/review/sub-units" replace />;
  if (has('VIEWER')) return <Navigate to="/dashboards" replace />;
  return <Alert color="orange" title="Tài khoản chưa được phân quyền">Hãy liên hệ Văn phòng LĐLĐ tỉnh.</Alert>;
}

export function SignInPrompt() {
  const { signIn } = useSession();
  const [params] = useSearchParams();
  return (
    <Center py="xl">
      <Card withBorder maw={520} w="100%" p="lg">
        <Stack>
          <Title order={2}>Đăng nhập</Title>
          {params.has('dang-nhap') && (
            <Alert color="red" title="Chưa đăng nhập được">Đăng nhập không thành công; hãy thử lại.</Alert>
          )}
          <Text>Hệ thống kế hoạch và báo cáo của Liên đoàn Lao động tỉnh:</Text>
          <List size="sm" spacing={4}>
            <List.Item>Văn phòng LĐLĐ tỉnh soạn, ban hành kế hoạch, duyệt và tổng hợp báo cáo.</List.Item>
            <List.Item>Các đơn vị nhận kế hoạch, gửi báo cáo từng đợt, theo dõi thông báo.</List.Item>
            <List.Item>Lãnh đạo theo dõi tiến độ báo cáo theo thời gian thực.</List.Item>
          </List>
          <Button size="md" onClick={signIn}>Đăng nhập bằng tài khoản của đơn vị</Button>
        </Stack>
      </Card>
    </Center>
  );
}
