import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([BarChart, GridComponent, TooltipComponent, SVGRenderer]);

/** ECharts in a div: SVG renderer (crisp, no canvas), resized with its box, options replaced on change. */
export function EChart(props: { option: echarts.EChartsCoreOption; height: number; label: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  useEffect(() => {
    if (!ref.current) return;
    const c = echarts.init(ref.current, null, { renderer: 'svg' });
    chart.current = c;
    const observer = new ResizeObserver(() => c.resize());
    observer.observe(ref.current);
    return () => {
      observer.disconnect();
      c.dispose();
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption({ animation: false, ...props.option }, true);
  }, [props.option]);
  return (
    <div ref={ref} role="img" aria-label={props.label} style={{ height: props.height, width: '100%' }} />
  );
}

export const ACCENT = '#1d4f91';
export const PAST = '#9aa3ad';
