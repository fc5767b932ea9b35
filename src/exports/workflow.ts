/** The pure workflow machine (no Payload): states, actions, who may do what, and the four-eyes rule. */
export * from '../workflow/machine'
export * from '../workflow/states'
