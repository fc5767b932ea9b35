/** Invariants 1–4 under 100 random sequences of actions and edits (seed 7; see workflow-fuzz.ts). */
import { fuzz } from './workflow-fuzz'

fuzz(7, 100)
