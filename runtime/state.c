// The one interpreter state (state.h).
#include "runtime/state.h"

mo_state_t mo_state;
