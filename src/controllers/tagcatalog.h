#pragma once

#include "controllers/lifecyclecontroller.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace Coolify::Models {
class Fleet;
}

namespace Coolify::Controllers {

// The Coolify tags of every online instance (GET /tags), joined by name, and — once the user
// picks one — the applications carrying it on each instance (GET /applications?tag=…), for a
// bulk deploy by tag (coolify-api.md §12). An instance that cannot answer is named in problems()
// and left out; it never hides the others' tags.
//
//     auto *tags = new TagCatalog(fleet, this);
//     connect(tags, &TagCatalog::loaded, list, [tags, list] { show(tags->tags()); });
//     tags->load();
//     tags->resolve(u"web"_s); // → resolved(name, refs, problems)
class TagCatalog : public QObject
{
    Q_OBJECT

public:
    struct Entry
    {
        QString name;
        QStringList instanceIds; // in the fleet's order
    };

    explicit TagCatalog(Models::Fleet *fleet, QObject *parent = nullptr);

    void load();
    bool isLoading() const { return m_loading > 0; }
    QList<Entry> tags() const { return m_tags; } // sorted by name
    QStringList problems() const { return m_problems; } // "EU: The token was refused …"
    // "EU, US"
    QString instanceNames(const Entry &entry) const;

    void resolve(const QString &name);

signals:
    void loaded();
    void resolved(const QString &name, const QList<Coolify::Controllers::ResourceRef> &refs,
                  const QStringList &problems);

private:
    QString nameOf(const QString &instanceId) const;

    Models::Fleet *m_fleet;
    QList<Entry> m_tags;
    QStringList m_problems;
    int m_loading = 0;
    int m_generation = 0; // answers of an older load() are dropped
};

} // namespace Coolify::Controllers
