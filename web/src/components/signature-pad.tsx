import { Button } from 'antd';
import { useEffect, useRef, useState } from 'react';

/**
 * A signature drawn with a finger (or a mouse) on the screen: a canvas as wide as its box,
 * strokes smoothed by pointer events, given back as a PNG once each stroke ends; 清除 starts
 * again. Touch scrolling is off inside the pad so the page does not move while signing.
 */
export function SignaturePad({ label, clearText, onChange, testId }: { label: string; clearText: string; onChange(png: Blob | null): void; testId?: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);
  const [empty, setEmpty] = useState(true);
  const HEIGHT = 140;

  useEffect(() => {
    const c = canvas.current;
    if (!c) return;
    const ratio = window.devicePixelRatio || 1;
    const width = c.parentElement?.clientWidth ?? 300;
    c.width = Math.round(width * ratio);
    c.height = Math.round(HEIGHT * ratio);
    c.style.width = `${width}px`;
    c.style.height = `${HEIGHT}px`;
    const ctx = c.getContext('2d')!;
    ctx.scale(ratio, ratio);
    ctx.lineWidth = 2.4;
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    ctx.strokeStyle = '#1f1f3d';
  }, []);

  const point = (e: React.PointerEvent<HTMLCanvasElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  };

  const down = (e: React.PointerEvent<HTMLCanvasElement>) => {
    e.currentTarget.setPointerCapture(e.pointerId);
    drawing.current = true;
    const ctx = e.currentTarget.getContext('2d')!;
    const p = point(e);
    ctx.beginPath();
    ctx.moveTo(p.x, p.y);
    ctx.lineTo(p.x + 0.1, p.y + 0.1);
    ctx.stroke();
  };
  const move = (e: React.PointerEvent<HTMLCanvasElement>) => {
    if (!drawing.current) return;
    const ctx = e.currentTarget.getContext('2d')!;
    const p = point(e);
    ctx.lineTo(p.x, p.y);
    ctx.stroke();
  };
  const up = (e: React.PointerEvent<HTMLCanvasElement>) => {
    if (!drawing.current) return;
    drawing.current = false;
    setEmpty(false);
    e.currentTarget.toBlob((b) => onChange(b), 'image/png');
  };
  const clear = () => {
    const c = canvas.current!;
    c.getContext('2d')!.clearRect(0, 0, c.width, c.height);
    setEmpty(true);
    onChange(null);
  };

  return (
    <div style={{ marginBottom: 12 }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', marginBottom: 4 }}>
        <span>{label}</span>
        <Button size="small" type="link" onClick={clear} disabled={empty}>
          {clearText}
        </Button>
      </div>
      <div style={{ border: '1px dashed #bfbfbf', borderRadius: 6, background: '#fff', width: '100%', overflow: 'hidden' }}>
        <canvas
          ref={canvas}
          data-testid={testId}
          aria-label={label}
          style={{ display: 'block', touchAction: 'none', cursor: 'crosshair' }}
          onPointerDown={down}
          onPointerMove={move}
          onPointerUp={up}
          onPointerCancel={up}
        />
      </div>
    </div>
  );
}
