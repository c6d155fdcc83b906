/** One contract validator per process: compiling the spec's schemas is the expensive part. */
import { createContractValidator, type ContractValidator } from "@claude-spec/contract";

let validator: ContractValidator | undefined;

export function specValidator(): ContractValidator {
  return (validator ??= createContractValidator());
}
