/** Invariants 1–4 under 100 more random sequences of actions and edits (seed 8; see workflow-fuzz.ts). */
import { fuzz } from './workflow-fuzz'

fuzz(8, 100)
