/**
 * A Recharts chart that fills its container on screen and, when given a
 * print width, is drawn at that width while the page prints. A chart sized
 * to the screen (1,200 px) would otherwise run off an A4 page, and Recharts
 * cannot measure the paper: layout for print runs no script.
 */
import { cloneElement, type ReactElement } from 'react';
import { ResponsiveContainer } from 'recharts';
import { usePrinting } from './use-printing';

interface ChartFrameProps {
  height: number;
  /** Set where the chart prints in the page's flow; left out on the board, which prints its own layout scaled. */
  printWidth?: number | undefined;
  initialWidth?: number;
  children: ReactElement<{ width?: number; height?: number }>;
}

export function ChartFrame({ height, printWidth, initialWidth = 800, children }: ChartFrameProps) {
  const printing = usePrinting(printWidth !== undefined);
  if (printing && printWidth !== undefined) {
    return cloneElement(children, { width: printWidth, height });
  }
  return (
    <ResponsiveContainer
      width="100%"
      height={height}
      initialDimension={{ width: initialWidth, height }}
    >
      {children}
    </ResponsiveContainer>
  );
}
