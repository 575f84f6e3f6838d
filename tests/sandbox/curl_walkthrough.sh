#!/bin/sh
# The seed's documented curl calls against coolify-sandbox: list/get/create/PATCH/delete
# applications, deploy, deployments, databases, services, projects, servers.
# Usage: curl_walkthrough.sh /path/to/coolify-sandbox
set -eu
SANDBOX=${1:?usage: $0 /path/to/coolify-sandbox}
WORK=$(mktemp -d)
PID=
cleanup() {
    [ -n "$PID" ] && kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

"$SANDBOX" --port 0 --deploy-step-ms 50 --state "$WORK/state.json" >"$WORK/out" 2>"$WORK/err" &
PID=$!
i=0
while ! grep -q '^Listening on ' "$WORK/out"; do
    i=$((i + 1))
    [ $i -gt 100 ] && { echo "FAIL: sandbox did not start"; cat "$WORK/err"; exit 1; }
    sleep 0.1
done
BASE=$(sed -n 's/^Listening on //p' "$WORK/out")/api/v1
TOKEN=demo-root
FAILS=0

# call METHOD PATH [JSON] -> prints body, sets STATUS
call() {
    if [ -n "${3:-}" ]; then
        STATUS=$(curl -sS -o "$WORK/body" -w '%{http_code}' -X "$1" "$BASE$2" \
            -H "Authorization: Bearer $TOKEN" -H 'Accept: application/json' \
            -H 'Content-Type: application/json' --data "$3")
    else
        STATUS=$(curl -sS -o "$WORK/body" -w '%{http_code}' -X "$1" "$BASE$2" \
            -H "Authorization: Bearer $TOKEN" -H 'Accept: application/json')
    fi
}
# expect STATUS PYTHON-EXPRESSION-ON-body(d) DESCRIPTION
expect() {
    if [ "$STATUS" != "$1" ]; then
        echo "FAIL: $3: HTTP $STATUS, expected $1: $(head -c 300 "$WORK/body")"; FAILS=$((FAILS + 1)); return
    fi
    if ! python3 -c "import json,sys; d=json.load(open(sys.argv[1])); sys.exit(0 if ($2) else 1)" "$WORK/body"; then
        echo "FAIL: $3: $(head -c 300 "$WORK/body")"; FAILS=$((FAILS + 1)); return
    fi
    echo "ok   $3"
}
field() { python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print($1)" "$WORK/body"; }

call GET /applications
expect 200 "len(d) == 9 and [a['name'] for a in d] == sorted(a['name'] for a in d) and 'settings' not in d[0]" "list applications (sorted, no settings)"
APP=$(field "[a['uuid'] for a in d if a['name'] == 'storefront-web'][0]")
call GET "/applications/$APP"
expect 200 "d['uuid'] == '$APP' and 'settings' in d and d['fqdn'] == 'https://shop.example.com'" "get application"
call GET /projects
expect 200 "len(d) == 4 and set(d[0]) == {'id', 'uuid', 'name', 'description'}" "list projects"
PROJECT=$(field "d[0]['uuid']")
call GET "/projects/$PROJECT"
expect 200 "[e['name'] for e in d['environments']] == ['production', 'staging']" "get project with environments"
call GET /servers
expect 200 "len(d) == 3 and [s['is_reachable'] for s in d] == [True, True, False]" "list servers"
SERVER=$(field "d[0]['uuid']")
call GET "/servers/$SERVER?resources=1"
expect 200 "d['uuid'] == '$SERVER' and len(d['resources']) > 0" "get server with resources"
call POST /applications/public "{\"project_uuid\":\"$PROJECT\",\"server_uuid\":\"$SERVER\",\"environment_name\":\"production\",\"git_repository\":\"https://github.com/coollabsio/coolify-examples\",\"git_branch\":\"main\",\"build_pack\":\"nixpacks\",\"ports_exposes\":\"3000\",\"name\":\"curl-app\"}"
expect 201 "set(d) == {'uuid', 'domains'} and d['domains'].startswith('https://')" "create public application"
NEW=$(field "d['uuid']")
call PATCH "/applications/$NEW" '{"description":"made by curl","domains":"https://Curl.Example.com","is_auto_deploy_enabled":false}'
expect 200 "d == {'uuid': '$NEW'}" "PATCH application returns only uuid"
call GET "/applications/$NEW"
expect 200 "d['description'] == 'made by curl' and d['fqdn'] == 'https://curl.example.com' and d['settings']['is_auto_deploy_enabled'] is False and d['git_repository'] == 'coollabsio/coolify-examples'" "PATCH persisted (fqdn, settings)"
call POST "/deploy?uuid=$NEW&force=true"
expect 200 "d['deployments'][0]['resource_uuid'] == '$NEW' and 'deployment_uuid' in d['deployments'][0]" "deploy by uuid"
DEP=$(field "d['deployments'][0]['deployment_uuid']")
call GET /deployments
expect 200 "isinstance(d, (list, dict))" "list active deployments"
call GET "/deployments/$DEP"
expect 200 "d['deployment_uuid'] == '$DEP' and d['status'] in ('queued', 'in_progress', 'finished')" "get deployment"
i=0
while :; do
    call GET "/deployments/$DEP"
    [ "$(field "d['status']")" = finished ] && break
    i=$((i + 1)); [ $i -gt 100 ] && break
    sleep 0.1
done
expect 200 "d['status'] == 'finished' and json.loads(d['logs'])[-1]['output'] == 'Rolling update completed.'" "deployment finishes with logs"
call GET "/deployments/applications/$NEW"
expect 200 "d['count'] == 1 and d['deployments'][0]['deployment_uuid'] == '$DEP'" "deployments of an application"
call GET /databases
expect 200 "len(d) == 8 and sum(1 for x in d if 'database_type' not in x) == 1" "list databases (KeyDB without database_type)"
call POST /databases/postgresql "{\"project_uuid\":\"$PROJECT\",\"server_uuid\":\"$SERVER\",\"environment_name\":\"production\"}"
expect 201 "d['internal_db_url'].startswith('postgres://postgres:')" "create postgresql database"
call GET /services
expect 200 "len(d) == 3 and d[1]['status'] == 'running:healthy:excluded'" "list services"
SVC=$(field "d[2]['uuid']")
call GET "/services/$SVC"
expect 200 "d['applications'][0]['name'] == 'minio'" "get service"
call POST "/services/$SVC/start"
expect 200 "d == {'message': 'Service starting request queued.'}" "start service"
call DELETE "/applications/$NEW"
expect 200 "'message' in d" "delete application"
call GET "/applications/$NEW"
expect 404 "d == {'message': 'Application not found.'}" "deleted application is gone"
python3 -c "import json,sys; s=json.load(open(sys.argv[1])); sys.exit(0 if any(a['name']=='curl-app' for a in s['applications']) is False else 1)" "$WORK/state.json" \
    && echo "ok   state file written" || { echo "FAIL: state file does not reflect the delete"; FAILS=$((FAILS + 1)); }

[ "$FAILS" -eq 0 ] && echo "all curl checks passed" || { echo "$FAILS curl check(s) failed"; exit 1; }
