#pragma once

#include <QList>

namespace Coolify::Forms {

// The source texts of the embedded field tables as lupdate sees them (generated fieldtexts.cpp).
QList<const char *> fieldTextCatalogue();

} // namespace Coolify::Forms
