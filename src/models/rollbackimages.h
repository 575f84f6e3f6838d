#pragma once

#include "models/deployment.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariant>

namespace Coolify::Models {

// GET /applications/{uuid}/rollback-images (coolify-api.md §10): the image the application runs
// now and the images its server still keeps. Read live over SSH: an unreachable server answers
// an empty list with 200, not an error.
//
//     client->send(Api::Applications::rollbackImages(uuid).withDecoder(&RollbackImages::decode));
struct RollbackImages
{
    Q_DECLARE_TR_FUNCTIONS(Coolify::Models::RollbackImages)

public:
    // Only Regular tags are rollback targets; the others are listed by Docker too.
    enum class TagKind { Regular, Build, PullRequest, Latest };
    struct Image
    {
        QString tag; // a commit SHA for git build packs
        QString createdText; // Docker's CreatedAt text, as sent
        QDateTime created; // parsed from it; invalid when Docker's text was not understood
        bool isCurrent = false;
        TagKind kind = TagKind::Regular;
        bool operator==(const Image &) const = default;
    };

    QString current; // empty: unknown (a digest, an untagged image, nothing running)
    QList<Image> images; // Docker's order (newest first)

    static TagKind classify(const QString &tag);
    // "2026-08-20 10:11:12 +0000 UTC" → UTC time; invalid when not in that shape.
    static QDateTime parseDockerTime(const QString &text);
    static RollbackImages fromJson(const QJsonObject &object);
    static QVariant decode(const QJsonDocument &document, QString *error);

    bool isTarget(const QString &tag) const; // a kept Regular image that is not running now
    int targetCount() const;
    bool operator==(const RollbackImages &) const = default;
};

// How the rows of one application's history relate to its images: which deployment built the
// image running now, which deployments can be rolled back to, which one is the last good one.
// Rows may come in any order; the newest is the one with the latest created_at.
struct RollbackMarks
{
    struct Mark
    {
        bool running = false; // built the image that runs now (the newest such row)
        bool target = false; // its image is kept and is not the running one
        bool lastGood = false; // the newest successful build
        bool operator==(const Mark &) const = default;
    };
    QHash<QString, Mark> byDeployment; // deployment uuid → mark; rows without marks are absent
    QString lastGoodCommit; // commit of the newest successful build; empty if none

    static RollbackMarks compute(const QList<Deployment> &deployments,
                                 const RollbackImages &images);
    Mark of(const QString &deploymentUuid) const { return byDeployment.value(deploymentUuid); }
    // The image running now is not the last good build (an older image runs, e.g. after a
    // rollback or a failed cleanup).
    bool runsOlderThanLastGood(const RollbackImages &images) const;
};

} // namespace Coolify::Models

Q_DECLARE_METATYPE(Coolify::Models::RollbackImages)
