import { useEffect, useState } from 'react';
import { TextInput } from '@mantine/core';
import { parseDate, parseDateTime, showDate, showDateTime } from '../lib/vnTime';

/**
 * A date (dd/mm/yyyy) or a deadline (dd/mm/yyyy HH:mm, the province's time) typed as Vietnamese write them, whatever
 * the browser's language; the value is the API's (yyyy-MM-dd, or an instant).
 */
export function DateField({ label, value, onChange, error, withTime = false, required = false, ...rest }: {
  label: string; value: string | null | undefined; onChange: (value: string) => void; error?: string;
  withTime?: boolean; required?: boolean; [key: string]: unknown;
}) {
  const show = withTime ? showDateTime : showDate;
  const parse = withTime ? parseDateTime : parseDate;
  const [text, setText] = useState(show(value));
  const [wrong, setWrong] = useState(false);
  useEffect(() => {
    if (parse(text) !== (value || null)) setText(show(value));
    // only when the value changes from outside
  }, [value]);
  return (
    <TextInput label={label} withAsterisk={required} placeholder={withTime ? 'dd/mm/yyyy hh:mm' : 'dd/mm/yyyy'}
      description={withTime ? 'Ngày/tháng/năm giờ:phút, giờ Việt Nam' : 'Ngày/tháng/năm'} value={text}
      error={error ?? (wrong ? (withTime ? 'Chưa đúng dạng dd/mm/yyyy hh:mm.' : 'Chưa đúng dạng dd/mm/yyyy.') : undefined)}
      inputMode="numeric" {...rest}
      onChange={(event) => {
        const typed = event.currentTarget.value;
        const parsed = parse(typed);
        setText(typed);
        setWrong(typed.trim() !== '' && parsed === null);
        if (parsed !== null || typed.trim() === '') onChange(parsed ?? '');
      }} />
  );
}
