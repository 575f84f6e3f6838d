// The forms' inputs: a field table (the loader checks what it is given and says what is wrong,
// never crashes) and a 422 answer mapped onto the application form (every message the server
// sent ends up beside a field of the form or in the summary; none is lost). The first byte
// chooses: even = a field table, odd = a 422 body; the rest is the JSON.
#include "api/apierror.h"
#include "forms/errormapping.h"
#include "forms/fieldtable.h"

#include "fuzzcheck.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>

using namespace Coolify;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray json(reinterpret_cast<const char *>(data + 1),
                          static_cast<qsizetype>(size - 1));
    if (data[0] % 2 == 0) {
        QString error;
        const std::optional<Forms::FieldTable> table = Forms::FieldTable::fromJson(json, &error);
        FUZZ_CHECK(table.has_value() == error.isEmpty());
        if (table) {
            for (const Forms::FieldSpec &field : table->fields()) {
                FUZZ_CHECK(!field.key.isEmpty());
                FUZZ_CHECK(table->field(field.key) != nullptr);
            }
            (void)table->sourceTexts();
        }
        return 0;
    }
    const QJsonDocument document = QJsonDocument::fromJson(json);
    const Api::ValidationErrors errors = Api::parseValidationErrors(document.object());
    const Forms::FieldTable &table = Forms::FieldTable::applications();
    const Forms::ErrorReport report = Forms::ErrorMapper::map(errors, table);
    for (auto it = report.fieldErrors.cbegin(); it != report.fieldErrors.cend(); ++it)
        FUZZ_CHECK(table.field(it.key()) != nullptr);
    bool anyMessage = !errors.general.isEmpty();
    for (const QStringList &messages : errors.fields)
        anyMessage = anyMessage || !messages.isEmpty();
    FUZZ_CHECK(!anyMessage || !report.isEmpty());
    (void)report.firstField(table);
    return 0;
}
