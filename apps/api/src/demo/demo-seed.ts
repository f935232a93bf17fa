import type { INestApplication } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';

export async function seedDemoIfAsked(_app: INestApplication, _config: AppConfig, _say: (line: string) => void): Promise<void> {}
