import { StatusQuoOutlook } from './_components/status-quo-outlook';

/** Placeholder home page: the status-quo scorecard until the dashboard arrives. */
export default function HomePage() {
  return (
    <main className="page">
      <header className="page-header">
        <h1>Peninsula Outlook</h1>
        <p className="lede">
          Scenario forecasts for US–North Korea nuclear diplomacy. Below: what the model expects over the next 12
          months if today&rsquo;s conditions hold.
        </p>
      </header>
      <StatusQuoOutlook />
    </main>
  );
}
