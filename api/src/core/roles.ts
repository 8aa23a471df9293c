export enum Role {
  LEARNER = 'LEARNER',
  TRAINER = 'TRAINER',
  MANAGER = 'MANAGER',
  ADMIN = 'ADMIN',
}
export const ALL_ROLES = Object.values(Role);
