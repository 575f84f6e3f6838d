<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Coolify::Api::ApiError</name>
    <message numerus="yes">
        <source>The deployment queue is full; try again in %n second(s).</source>
        <translation>
            <numerusform>The deployment queue is full; try again in %n second.</numerusform>
            <numerusform>The deployment queue is full; try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many requests to this instance; it asks to wait %n second(s).</source>
        <translation>
            <numerusform>Too many requests to this instance; it asks to wait %n second.</numerusform>
            <numerusform>Too many requests to this instance; it asks to wait %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it ends after %n byte(s) in the middle of the data</source>
        <translation>
            <numerusform>it ends after %n byte in the middle of the data</numerusform>
            <numerusform>it ends after %n bytes in the middle of the data</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server kept sending its answer but did not finish within %n second(s), so the request was stopped. The server or the network is very slow.</source>
        <translation>
            <numerusform>The server kept sending its answer but did not finish within %n second, so the request was stopped. The server or the network is very slow.</numerusform>
            <numerusform>The server kept sending its answer but did not finish within %n seconds, so the request was stopped. The server or the network is very slow.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server stopped in the middle of its answer: nothing more came for %n second(s). It may be overloaded or the connection unreliable.</source>
        <translation>
            <numerusform>The server stopped in the middle of its answer: nothing more came for %n second. It may be overloaded or the connection unreliable.</numerusform>
            <numerusform>The server stopped in the middle of its answer: nothing more came for %n seconds. It may be overloaded or the connection unreliable.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer within %n second(s). It may be overloaded or unreachable.</source>
        <translation>
            <numerusform>The server did not answer within %n second. It may be overloaded or unreachable.</numerusform>
            <numerusform>The server did not answer within %n seconds. It may be overloaded or unreachable.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coolify::Api::ConnectionTester</name>
    <message numerus="yes">
        <source>%n project(s) visible to this token&apos;s team.</source>
        <translation>
            <numerusform>%n project visible to this token&apos;s team.</numerusform>
            <numerusform>%n projects visible to this token&apos;s team.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coolify::Controllers::BulkRun</name>
    <message numerus="yes">
        <source>the deployment queue is full; sending again in %n s</source>
        <translation>
            <numerusform>the deployment queue is full; sending again in %n s</numerusform>
            <numerusform>the deployment queue is full; sending again in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the rate limit is reached; sending again in %n s</source>
        <translation>
            <numerusform>the rate limit is reached; sending again in %n s</numerusform>
            <numerusform>the rate limit is reached; sending again in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deployment(s) started</source>
        <translation>
            <numerusform>%n deployment started</numerusform>
            <numerusform>%n deployments started</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already queued</source>
        <translation>
            <numerusform>%n already queued</numerusform>
            <numerusform>%n already queued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n started without a deployment</source>
        <translation>
            <numerusform>%n started without a deployment</numerusform>
            <numerusform>%n started without a deployment</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n restart(s) requested</source>
        <translation>
            <numerusform>%n restart requested</numerusform>
            <numerusform>%n restarts requested</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stop(s) requested</source>
        <translation>
            <numerusform>%n stop requested</numerusform>
            <numerusform>%n stops requested</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n start(s) requested</source>
        <translation>
            <numerusform>%n start requested</numerusform>
            <numerusform>%n starts requested</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in progress</source>
        <translation>
            <numerusform>%n in progress</numerusform>
            <numerusform>%n in progress</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to be sent again</source>
        <translation>
            <numerusform>%n waiting to be sent again</numerusform>
            <numerusform>%n waiting to be sent again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled before sending</source>
        <translation>
            <numerusform>%n cancelled before sending</numerusform>
            <numerusform>%n cancelled before sending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coolify::Controllers::CliImport</name>
    <message numerus="yes">
        <source>%n instance(s) imported.</source>
        <translation>
            <numerusform>%n instance imported.</numerusform>
            <numerusform>%n instances imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) imported, %1 not: see the rows marked “Not imported”.</source>
        <translation>
            <numerusform>%n instance imported, %1 not: see the rows marked “Not imported”.</numerusform>
            <numerusform>%n instances imported, %1 not: see the rows marked “Not imported”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coolify::Controllers::DeploymentHistory</name>
    <message numerus="yes">
        <source>%n older image(s) kept on the server: pick one and choose Roll Back.</source>
        <translation>
            <numerusform>%n older image kept on the server: pick one and choose Roll Back.</numerusform>
            <numerusform>%n older images kept on the server: pick one and choose Roll Back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coolify::Controllers::EnvEditor</name>
    <message numerus="yes">
        <source>%n saved</source>
        <translation>
            <numerusform>%n saved</numerusform>
            <numerusform>%n saved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stored differently</source>
        <translation>
            <numerusform>%n stored differently</numerusform>
            <numerusform>%n stored differently</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved but not readable</source>
        <translation>
            <numerusform>%n saved but not readable</numerusform>
            <numerusform>%n saved but not readable</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not saved</source>
        <translation>
            <numerusform>%n not saved</numerusform>
            <numerusform>%n not saved</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coolify::Forms::PatchBuilder</name>
    <message numerus="yes">
        <source>At most %n character(s).</source>
        <translation>
            <numerusform>At most %n character.</numerusform>
            <numerusform>At most %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coolify::Forms::SettingsForm</name>
    <message numerus="yes">
        <source>Coolify asks to wait %n second(s).</source>
        <translation>
            <numerusform>Coolify asks to wait %n second.</numerusform>
            <numerusform>Coolify asks to wait %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Conflicts with %n other resource(s); see above.</source>
        <translation>
            <numerusform>Conflicts with %n other resource; see above.</numerusform>
            <numerusform>Conflicts with %n other resources; see above.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %n setting(s) that the %1 build pack does not use. &lt;a href=&quot;hide&quot;&gt;Hide them&lt;/a&gt;</source>
        <translation>
            <numerusform>Showing %n setting that the %1 build pack does not use. &lt;a href=&quot;hide&quot;&gt;Hide it&lt;/a&gt;</numerusform>
            <numerusform>Showing %n settings that the %1 build pack does not use. &lt;a href=&quot;hide&quot;&gt;Hide them&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) that the %1 build pack does not use are hidden. &lt;a href=&quot;show&quot;&gt;Show them&lt;/a&gt;</source>
        <translation>
            <numerusform>%n setting that the %1 build pack does not use is hidden. &lt;a href=&quot;show&quot;&gt;Show it&lt;/a&gt;</numerusform>
            <numerusform>%n settings that the %1 build pack does not use are hidden. &lt;a href=&quot;show&quot;&gt;Show them&lt;/a&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::BackupsOverview</name>
    <message numerus="yes">
        <source>%n need(s) attention: a failed or overdue backup, or none at all.</source>
        <translation>
            <numerusform>%n needs attention: a failed or overdue backup, or none at all.</numerusform>
            <numerusform>%n need attention: a failed or overdue backup, or none at all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n database(s)</source>
        <translation>
            <numerusform>%n database</numerusform>
            <numerusform>%n databases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <translation>
            <numerusform>%n instance</numerusform>
            <numerusform>%n instances</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::BulkConfirmDialog</name>
    <message numerus="yes">
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n resource</numerusform>
            <numerusform>%n resources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <translation>
            <numerusform>%n instance</numerusform>
            <numerusform>%n instances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n resource(s)</source>
        <translation>
            <numerusform>%1 — %n resource</numerusform>
            <numerusform>%1 — %n resources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them run(s) in production.</source>
        <translation>
            <numerusform>%n of them runs in production.</numerusform>
            <numerusform>%n of them run in production.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n in production</source>
        <translation>
            <numerusform>, %n in production</numerusform>
            <numerusform>, %n in production</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out — %n resource(s)</source>
        <translation>
            <numerusform>Left out — %n resource</numerusform>
            <numerusform>Left out — %n resources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::BulkProgressWindow</name>
    <message numerus="yes">
        <source>%1 — %n resource(s) — Coolify Desktop</source>
        <translation>
            <numerusform>%1 — %n resource — Coolify Desktop</numerusform>
            <numerusform>%1 — %n resources — Coolify Desktop</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::CliImportDialog</name>
    <message numerus="yes">
        <source>&amp;Import %n Instance(s)</source>
        <translation>
            <numerusform>&amp;Import %n Instance</numerusform>
            <numerusform>&amp;Import %n Instances</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::DatabaseBackupsView</name>
    <message numerus="yes">
        <source>Delete the %1 backup schedule of %2 with all %n backup(s)?</source>
        <translation>
            <numerusform>Delete the %1 backup schedule of %2 with its %n backup?</numerusform>
            <numerusform>Delete the %1 backup schedule of %2 with all %n backups?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::EnvCompareDialog</name>
    <message numerus="yes">
        <source>%n differ</source>
        <translation>
            <numerusform>%n differs</numerusform>
            <numerusform>%n differ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n same</source>
        <translation>
            <numerusform>%n the same</numerusform>
            <numerusform>%n the same</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cannot be compared</source>
        <translation>
            <numerusform>%n cannot be compared</numerusform>
            <numerusform>%n cannot be compared</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::EnvPlanDialog</name>
    <message numerus="yes">
        <source>Sends %n request(s). Nothing is sent before you confirm.</source>
        <translation>
            <numerusform>Sends %n request. Nothing is sent before you confirm.</numerusform>
            <numerusform>Sends %n requests. Nothing is sent before you confirm.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Save %n Change(s)</source>
        <translation>
            <numerusform>&amp;Save %n Change</numerusform>
            <numerusform>&amp;Save %n Changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::EnvironmentView</name>
    <message numerus="yes">
        <source>Delete %n variable(s) of %1: %2?</source>
        <translation>
            <numerusform>Delete %n variable of %1: %2?</numerusform>
            <numerusform>Delete %n variables of %1: %2?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the file could not be read:</source>
        <translation>
            <numerusform>%n line of the file could not be read:</numerusform>
            <numerusform>%n lines of the file could not be read:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the file could not be read. Import the other variables?</source>
        <translation>
            <numerusform>%n line of the file could not be read. Import the other variables?</numerusform>
            <numerusform>%n lines of the file could not be read. Import the other variables?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n variable(s) exported to %1</source>
        <translation>
            <numerusform>%n variable exported to %1</numerusform>
            <numerusform>%n variables exported to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::InstanceOverview</name>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n needs attention</numerusform>
            <numerusform>%n need attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running or queued</source>
        <translation>
            <numerusform>%n running or queued</numerusform>
            <numerusform>%n running or queued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) whose last deployment failed</source>
        <translation>
            <numerusform>%n application whose last deployment failed</numerusform>
            <numerusform>%n applications whose last deployment failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n in the last 24 h)</source>
        <translation>
            <numerusform>(%n in the last 24 h)</numerusform>
            <numerusform>(%n in the last 24 h)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::JournalWindow</name>
    <message numerus="yes">
        <source>The newest %n entries; narrow the search to see older ones.</source>
        <translation>
            <numerusform>The newest entry; narrow the search to see older ones.</numerusform>
            <numerusform>The newest %n entries; narrow the search to see older ones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::ResourceActions</name>
    <message numerus="yes">
        <source>%n UUIDs</source>
        <translation>
            <numerusform>%n UUID</numerusform>
            <numerusform>%n UUIDs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::ResourceTableView</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::ServerDetails</name>
    <message numerus="yes">
        <source>%n resource(s). Enter or a double-click opens one.</source>
        <translation>
            <numerusform>%n resource. Enter or a double-click opens it.</numerusform>
            <numerusform>%n resources. Enter or a double-click opens one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coolify::Models::BackupRules</name>
    <message numerus="yes">
        <source>A cron expression has five fields (minute hour day month weekday); this one has %n.</source>
        <translation>
            <numerusform>A cron expression has five fields (minute hour day month weekday); this one has %n.</numerusform>
            <numerusform>A cron expression has five fields (minute hour day month weekday); this one has %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coolify::Models::BackupSchedulesModel</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation>
            <numerusform>%n d ago</numerusform>
            <numerusform>%n d ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last %n backup(s)</source>
        <translation>
            <numerusform>last backup</numerusform>
            <numerusform>last %n backups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coolify::Models::EnvPlan</name>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n locked — skipped</source>
        <translation>
            <numerusform>%n locked — skipped</numerusform>
            <numerusform>%n locked — skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable — skipped</source>
        <translation>
            <numerusform>%n unreadable — skipped</numerusform>
            <numerusform>%n unreadable — skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coolify::Models::EnvVarsModel</name>
    <message numerus="yes">
        <source>%1 … (%n more lines)</source>
        <translation>
            <numerusform>%1 … (%n more line)</numerusform>
            <numerusform>%1 … (%n more lines)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coolify::Models::FleetBackupsModel</name>
    <message numerus="yes">
        <source>%1 (+%n more)</source>
        <translation>
            <numerusform>%1 (+%n more)</numerusform>
            <numerusform>%1 (+%n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coolify::Models::NavigationModel</name>
    <message numerus="yes">
        <source>Deployments (%n active)</source>
        <translation>
            <numerusform>Deployments (%n active)</numerusform>
            <numerusform>Deployments (%n active)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coolify::Models::ProjectOverviewModel</name>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n running</numerusform>
            <numerusform>%n running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n needs attention</numerusform>
            <numerusform>%n need attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stopped</source>
        <translation>
            <numerusform>%n stopped</numerusform>
            <numerusform>%n stopped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other</source>
        <translation>
            <numerusform>%n other</numerusform>
            <numerusform>%n other</numerusform>
        </translation>
    </message>
</context>
</TS>
