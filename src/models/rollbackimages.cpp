#include "models/rollbackimages.h"

#include "models/json.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Coolify::Models {

RollbackImages::TagKind RollbackImages::classify(const QString &tag)
{
    // The categories of Coolify's image cleanup (coolify-api.md §10).
    if (tag == QLatin1String("latest"))
        return TagKind::Latest;
    if (tag.startsWith(QLatin1String("pr-")))
        return TagKind::PullRequest;
    if (tag.endsWith(QLatin1String("-build")))
        return TagKind::Build;
    return TagKind::Regular;
}

QDateTime RollbackImages::parseDockerTime(const QString &text)
{
    // Docker prints Go's time.String(): "2006-01-02 15:04:05 -0700 MST".
    const QStringList parts = text.split(u' ', Qt::SkipEmptyParts);
    if (parts.size() < 3)
        return {};
    QDateTime wall =
        QDateTime::fromString(parts.at(0) + u' ' + parts.at(1).left(8), u"yyyy-MM-dd HH:mm:ss"_s);
    const QString offset = parts.at(2);
    if (!wall.isValid() || offset.size() != 5 || (offset[0] != u'+' && offset[0] != u'-'))
        return {};
    bool okH = false, okM = false;
    const int hours = offset.mid(1, 2).toInt(&okH);
    const int minutes = offset.mid(3, 2).toInt(&okM);
    if (!okH || !okM)
        return {};
    const int seconds = (offset[0] == u'-' ? -1 : 1) * (hours * 3600 + minutes * 60);
    wall.setTimeSpec(Qt::UTC); // the wall-clock time as if UTC, then the offset taken off
    return wall.addSecs(-seconds);
}

RollbackImages RollbackImages::fromJson(const QJsonObject &object)
{
    RollbackImages out;
    out.current = Json::string(object, "current"_L1);
    for (const QJsonValue &value : Json::list(object.value("images"_L1))) {
        const QJsonObject o = value.toObject();
        Image image;
        image.tag = Json::string(o, "tag"_L1);
        if (image.tag.isEmpty())
            continue;
        image.createdText = Json::string(o, "created_at"_L1);
        image.created = parseDockerTime(image.createdText);
        image.isCurrent = Json::boolean(o, "is_current"_L1).value_or(false)
            || (!out.current.isEmpty() && image.tag == out.current);
        image.kind = classify(image.tag);
        out.images.append(image);
    }
    return out;
}

QVariant RollbackImages::decode(const QJsonDocument &document, QString *error)
{
    if (!document.isObject() || !document.object().contains("images"_L1)) {
        *error = tr("expected an object with the kept images");
        return {};
    }
    return QVariant::fromValue(fromJson(document.object()));
}

bool RollbackImages::isTarget(const QString &tag) const
{
    if (tag.isEmpty() || tag == current || classify(tag) != TagKind::Regular)
        return false;
    for (const Image &image : images) {
        if (image.tag == tag)
            return !image.isCurrent;
    }
    return false;
}

int RollbackImages::targetCount() const
{
    int n = 0;
    for (const Image &image : images)
        n += isTarget(image.tag) ? 1 : 0;
    return n;
}

RollbackMarks RollbackMarks::compute(const QList<Deployment> &deployments,
                                     const RollbackImages &images)
{
    // Models append new rows at the end: order by start time, newest first.
    QList<const Deployment *> rows;
    rows.reserve(deployments.size());
    for (const Deployment &d : deployments)
        rows.append(&d);
    std::stable_sort(rows.begin(), rows.end(), [](const Deployment *a, const Deployment *b) {
        return a->createdAt > b->createdAt;
    });
    RollbackMarks marks;
    bool runningSeen = false;
    for (const Deployment *row : std::as_const(rows)) {
        const Deployment &d = *row;
        if (d.status != Deployment::Status::Finished || d.restartOnly)
            continue; // only successful builds leave an image
        Mark mark;
        if (marks.lastGoodCommit.isEmpty()) {
            marks.lastGoodCommit = d.commit;
            mark.lastGood = true;
        }
        if (!runningSeen && !images.current.isEmpty() && d.commit == images.current) {
            mark.running = true;
            runningSeen = true;
        }
        mark.target = images.isTarget(d.commit);
        if (mark != Mark())
            marks.byDeployment.insert(d.uuid, mark);
    }
    return marks;
}

bool RollbackMarks::runsOlderThanLastGood(const RollbackImages &images) const
{
    return !images.current.isEmpty() && !lastGoodCommit.isEmpty()
        && RollbackImages::classify(lastGoodCommit) == RollbackImages::TagKind::Regular
        && images.current != lastGoodCommit;
}

} // namespace Coolify::Models
