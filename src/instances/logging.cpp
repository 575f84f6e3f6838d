#include "instances/logging.h"

Q_LOGGING_CATEGORY(lcInstances, "coolify.instances", QtInfoMsg)
