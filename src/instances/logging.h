#pragma once

#include <QLoggingCategory>

// One category for the whole instance layer. Never log a token: log instance ids and statuses.
Q_DECLARE_LOGGING_CATEGORY(lcInstances)
