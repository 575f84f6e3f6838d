#include "api/token.h"

#include <QCoreApplication>

namespace Coolify::Api {

namespace {
struct TokenText
{
    Q_DECLARE_TR_FUNCTIONS(Coolify::Api::Token)
};
} // namespace

QString tokenProblem(const QString &token)
{
    for (const QChar c : token) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator)
            return TokenText::tr("The token contains a line break or another control character. "
                                 "Copy it again from Coolify as one line.");
    }
    return {};
}

} // namespace Coolify::Api
