import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { TRPCReactProvider } from './_trpc/provider';
import './globals.css';

export const metadata: Metadata = {
  title: 'Peninsula Outlook',
  description: 'Scenario forecasts for US–North Korea nuclear diplomacy, with uncertainty bands and sources.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <TRPCReactProvider>{children}</TRPCReactProvider>
      </body>
    </html>
  );
}
