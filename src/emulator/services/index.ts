import type { ServiceModule } from '../types.js';

/** Every emulated service; adding a service is adding its module here. */
export const services: ServiceModule[] = [];
