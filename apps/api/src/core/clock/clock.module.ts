import { Global, Module } from '@nestjs/common';
import { Clock } from './clock';

/** One clock for the whole api (tests may replace it). */
@Global()
@Module({ providers: [Clock], exports: [Clock] })
export class ClockModule {}
