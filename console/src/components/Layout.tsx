import { AppShell, Burger, Button, Group, Modal, NavLink, Stack, Text, Title } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useEffect } from 'react';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { forgetReturnTo, useSession } from '../session/session';
import type { Role } from '../api/types';

interface Item { to: string; label: string; roles: Role[] }

const NAVIGATION: Item[] = [
  { to: '/plans', label: 'Kế hoạch', roles: ['PROVINCE_STAFF', 'UNIT_STAFF'] },
  { to: '/review', label: 'Duyệt báo cáo', roles: ['PROVINCE_STAFF'] },
  { to: '/dashboards', label: 'Theo dõi tiến độ', roles: ['PROVINCE_STAFF', 'VIEWER', 'UNIT_STAFF'] },
  { to: '/units', label: 'Danh mục đơn vị', roles: ['PROVINCE_STAFF'] },
  { to: '/webhooks', label: 'Duyệt webhook', roles: ['PROVINCE_STAFF'] },
  { to: '/my/plans', label: 'Kế hoạch của đơn vị', roles: ['UNIT_REPORTER'] },
  { to: '/my/reports', label: 'Báo cáo đã gửi', roles: ['UNIT_REPORTER'] },
  { to: '/review/sub-units', label: 'Duyệt báo cáo cấp dưới', roles: ['UNIT_STAFF'] },
  { to: '/my/inbox', label: 'Thông báo', roles: ['UNIT_REPORTER', 'UNIT_STAFF'] },
  { to: '/my/preferences', label: 'Kênh nhận thông báo', roles: ['UNIT_REPORTER', 'UNIT_STAFF'] },
];

export function Layout() {
  const [opened, { toggle, close }] = useDisclosure();
  const { user, has, signOut, signIn, expired } = useSession();
  const location = useLocation();
  const items = NAVIGATION.filter((item) => has(...item.roles));
  // folded away on a phone: out of sight and out of the keyboard's way until the menu button opens it
  const phone = useMediaQuery('(max-width: 48em)');
  const folded = !!phone && !opened;
  useEffect(() => {
    if (user && location.pathname !== '/') forgetReturnTo();
  }, [user, location.pathname]);
  return (
    <AppShell header={{ height: 56 }} navbar={user ? { width: 230, breakpoint: 'sm', collapsed: { mobile: !opened } } : undefined}
      padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap">
            {user && <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Mở danh mục trang" />}
            <Title order={1} size="h4" lineClamp={1}>
              <Link to="/" style={{ color: 'inherit', textDecoration: 'none' }}>LĐLĐ tỉnh · Kế hoạch và báo cáo</Link>
            </Title>
          </Group>
          {user && (
            <Group gap="xs" wrap="nowrap">
              <Text size="sm" className="hide-mobile" lineClamp={1}>{user.name}</Text>
              <Button variant="light" size="xs" onClick={() => void signOut()}>Đăng xuất</Button>
            </Group>
          )}
        </Group>
      </AppShell.Header>
      {user && (
        <AppShell.Navbar p="xs" style={folded ? { visibility: 'hidden' } : undefined}>
          <nav aria-label="Các trang">
            <Stack gap={2}>
              {items.map((item) => (
                <NavLink key={item.to} component={Link} to={item.to} label={item.label} onClick={close}
                  active={location.pathname === item.to || location.pathname.startsWith(`${item.to}/`)} />
              ))}
            </Stack>
          </nav>
          <Text size="xs" c="dimmed" mt="auto" p="xs">{user.name}{user.unit ? ` (${user.unit})` : ''}</Text>
        </AppShell.Navbar>
      )}
      <AppShell.Main>
        <main>
          <Outlet />
        </main>
      </AppShell.Main>
      <Modal opened={expired} onClose={() => undefined} withCloseButton={false} centered
        title="Phiên đăng nhập đã hết hạn">
        <Stack>
          <Text>Bạn cần đăng nhập lại. Nội dung đang nhập đã được lưu trên máy này và sẽ còn nguyên sau khi đăng nhập.</Text>
          <Button onClick={signIn}>Đăng nhập lại</Button>
        </Stack>
      </Modal>
    </AppShell>
  );
}
