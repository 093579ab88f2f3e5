// LLVMFuzzerRunDriver is defined by libFuzzer's runtime, linked in by -sanitize=fuzzer; this
// target only carries its declaration (include/CFuzzDriver.h) to Swift.
#include "CFuzzDriver.h"
