import { buildConfig } from 'payload'

import { createSchoolConfig } from './school/config'

/** THPT Lê Chân's app: the bilingual publishing plugin on the database DATABASE_URI chooses. */
export default buildConfig(createSchoolConfig())
