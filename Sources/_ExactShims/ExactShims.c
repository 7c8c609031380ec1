#include "ExactShims.h"
