import type { BodiesService } from '../../bodies/bodies.service';
import type { MembersService } from '../../members/members.service';

/** A body and a member as their features' services hand them out (their entities stay theirs). */
export type BodyRecord = Awaited<ReturnType<BodiesService['get']>>;
export type MemberRecord = Awaited<ReturnType<MembersService['get']>>;
