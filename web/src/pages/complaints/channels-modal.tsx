import { App, Form, Input, Modal, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { AreaTreeSelect } from '../../components/area-tree-select.tsx';
import { complaintsApi } from './api.ts';
import { useComplaintText } from './text.ts';

/** 监督投诉渠道 of an area (admin or county): what the public page and the notices list. */
export function ChannelsModal({ areaCode, onClose }: { areaCode: string; onClose(): void }) {
  const { m } = useComplaintText();
  const { message } = App.useApp();
  const [area, setArea] = useState(areaCode);
  const [text, setText] = useState('');
  const [inherited, setInherited] = useState<string | null>(null);

  useEffect(() => {
    complaintsApi.channels(area).then(
      (r) => {
        setText(r.channels.join('\n'));
        setInherited(r.inheritedFrom);
      },
      (e: unknown) => {
        if (e instanceof ApiError) message.error(e.message);
      },
    );
  }, [area, message]);

  const save = async () => {
    try {
      await complaintsApi.setChannels(area, text.split('\n').map((l) => l.trim()).filter(Boolean));
      message.success(m('saved'));
      onClose();
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      message.error(e.message);
    }
  };

  return (
    <Modal open title={m('channelsTitle')} onOk={() => void save()} onCancel={onClose} width={640}>
      <Form layout="vertical">
        <Form.Item label={m('area')}>
          <AreaTreeSelect value={area} onChange={setArea} />
        </Form.Item>
        <Typography.Paragraph type="secondary">
          {m('channelsHint')} {inherited && m('channelsInherited', { code: inherited })}
        </Typography.Paragraph>
        <Input.TextArea rows={6} value={text} onChange={(e) => setText(e.target.value)} aria-label={m('channelsTitle')} />
      </Form>
    </Modal>
  );
}
