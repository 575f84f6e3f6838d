#pragma once

#include <QObject>

namespace Coolify::Api {
struct ApiRequest;
struct ApiResult;
} // namespace Coolify::Api
namespace Coolify::Models {
class Fleet;
}

namespace Coolify::Journal {

class Journal;

// Records every change the app makes: it listens to the API client of each instance in the
// fleet (ApiClient::changeFinished: every request but GET, whichever view or controller sent
// it), turns each into entries (describeChange) and adds the time, the instance and the names
// the fleet knows for the resources.
class Recorder : public QObject
{
    Q_OBJECT
public:
    Recorder(Models::Fleet *fleet, Journal *journal, QObject *parent = nullptr);

private:
    void watch(const QString &instanceId);
    void changeFinished(const QString &instanceId, const Api::ApiRequest &request,
                        const Api::ApiResult &result);

    Models::Fleet *m_fleet;
    Journal *m_journal;
};

} // namespace Coolify::Journal
