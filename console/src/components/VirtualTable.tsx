import { useRef, type ReactNode } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';

export interface Column<T> { header: string; width: string; cell: (row: T) => ReactNode }

/**
 * A long table that renders only the rows in view (thousands of units stay fast), with the table roles screen
 * readers need.
 */
export function VirtualTable<T>({ rows, columns, label, height = 420, rowHeight = 40, rowKey }: {
  rows: T[]; columns: Column<T>[]; label: string; height?: number; rowHeight?: number; rowKey: (row: T) => string;
}) {
  const scroll = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scroll.current, estimateSize: () => rowHeight, overscan: 10 });
  const template = columns.map((column) => column.width).join(' ');
  return (
    <div className="vtable" role="table" aria-label={label} aria-rowcount={rows.length + 1}>
      <div role="rowgroup">
        <div className="vtable-head" role="row" aria-rowindex={1} style={{ gridTemplateColumns: template }}>
          {columns.map((column) => <div role="columnheader" key={column.header}>{column.header}</div>)}
        </div>
      </div>
      <div ref={scroll} className="vtable-scroll" style={{ maxHeight: height }} role="rowgroup" tabIndex={0}
        aria-label={`${label}: cuộn để xem thêm`}>
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index];
            return (
              <div key={rowKey(row)} role="row" aria-rowindex={item.index + 2} className="vtable-row"
                style={{ gridTemplateColumns: template, position: 'absolute', top: 0, left: 0, right: 0,
                  height: rowHeight, transform: `translateY(${item.start}px)` }}>
                {columns.map((column) => <div role="cell" key={column.header}>{column.cell(row)}</div>)}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
