import { useEffect, useState, type FormEvent } from 'react';
import { Alert, Button, Checkbox, Group, Loader, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api } from '../../api/http';
import type { Channel, Preferences as Prefs, WebhookStatus } from '../../api/types';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useSession } from '../../session/session';

/** Which channels reach my unit: the inbox here, e-mail, a webhook of its own system. */
export default function Preferences() {
  const { user } = useSession();
  const unit = user?.unit ?? '';
  const client = useQueryClient();
  const current = useQuery({ queryKey: ['preferences', unit], queryFn: () => api.get<Prefs>(`/api/notifications/preferences/${unit}`) });
  const [channels, setChannels] = useState<Channel[]>([]);
  const [email, setEmail] = useState('');
  const [webhookUrl, setWebhookUrl] = useState('');
  const [webhookSecret, setWebhookSecret] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (current.data) {
      setChannels(current.data.channels);
      setEmail(current.data.email ?? '');
      setWebhookUrl(current.data.webhookUrl ?? '');
    }
  }, [current.data]);
  if (current.isLoading) return <Loader role="status" aria-label="Đang tải" />;
  const savedUrl = current.data?.webhookUrl ?? '';
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    setFailure(null);
    try {
      await api.put(`/api/notifications/preferences/${unit}`, {
        channels, email: email || null, webhookUrl: webhookUrl || null, webhookSecret: webhookSecret || null,
      });
      setErrors({});
      setSaved(true);
      setWebhookSecret('');
      await client.invalidateQueries({ queryKey: ['preferences', unit] });
    } catch (error) {
      if (error instanceof ApiError) setErrors(error.shown.fields);
      setFailure(error);
    }
  };
  return (
    <Stack maw={560}>
      <Title order={2}>Kênh nhận thông báo</Title>
      <form onSubmit={(event) => void submit(event)} noValidate aria-label="Kênh nhận thông báo">
        <Stack>
          <Checkbox.Group label="Nhận thông báo qua" value={channels} error={errors.channels}
            onChange={(value) => setChannels(value as Channel[])}>
            <Stack gap="xs" mt="xs">
              <Checkbox value="IN_APP" label="Hộp thông báo trên hệ thống" />
              <Checkbox value="EMAIL" label="E-mail" />
              <Checkbox value="WEBHOOK" label="Webhook (hệ thống riêng của đơn vị)" />
            </Stack>
          </Checkbox.Group>
          <TextInput label="Địa chỉ e-mail" type="email" value={email} error={errors.email}
            onChange={(event) => setEmail(event.currentTarget.value)} />
          <TextInput label="Địa chỉ webhook" value={webhookUrl} error={errors.webhookUrl} placeholder="https://..."
            onChange={(event) => setWebhookUrl(event.currentTarget.value)} />
          {webhookUrl && webhookUrl !== savedUrl && (
            <Text size="sm" c="dimmed">Địa chỉ mới cần được LĐLĐ tỉnh duyệt trước khi thông báo được gửi tới.</Text>
          )}
          {webhookUrl && webhookUrl === savedUrl && <WebhookApproval status={current.data?.webhookStatus} />}
          <PasswordInput label="Khóa bí mật của webhook"
            description={current.data?.webhookSecretSet ? 'Đã có khóa; để trống nếu không đổi.' : undefined}
            value={webhookSecret} error={errors.webhookSecret} onChange={(event) => setWebhookSecret(event.currentTarget.value)} />
          <ProblemAlert error={failure} title="Chưa lưu được" />
          {saved && <Alert color="green" role="status">Đã lưu.</Alert>}
          <Group justify="flex-end"><Button type="submit">Lưu</Button></Group>
        </Stack>
      </form>
    </Stack>
  );
}

/** Whether the saved webhook address receives anything yet: only once province staff approved it. */
function WebhookApproval({ status }: { status?: WebhookStatus }) {
  if (status === 'APPROVED') {
    return <Alert color="green" role="status" title="Địa chỉ webhook đã được duyệt">Thông báo được gửi tới địa chỉ này.</Alert>;
  }
  if (status === 'PENDING_APPROVAL') {
    return (
      <Alert color="yellow" role="status" title="Địa chỉ webhook đang chờ duyệt">
        LĐLĐ tỉnh cần duyệt địa chỉ này trước khi thông báo được gửi tới. Trong lúc chờ, đơn vị vẫn nhận thông báo trên hệ
        thống (và qua e-mail nếu đã chọn).
      </Alert>
    );
  }
  return null;
}
