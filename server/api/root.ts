/** The app's tRPC router: the one place procedures are mounted. */
import { createCallerFactory, router } from './trpc';
import { forecastRouter } from './routers/forecast';
import { membersRouter } from './routers/members';
import { modelRouter } from './routers/model';
import { scenariosRouter } from './routers/scenarios';
import { sharedRouter, sharesRouter } from './routers/shares';

export const appRouter = router({
  model: modelRouter,
  forecast: forecastRouter,
  scenarios: scenariosRouter,
  shares: sharesRouter,
  members: membersRouter,
  shared: sharedRouter,
});

export type AppRouter = typeof appRouter;

/** In-process caller for tests and Server Components: `createCaller(createContext())`. */
export const createCaller = createCallerFactory(appRouter);
