export { listMissions, type Mission } from './missions.ts';
