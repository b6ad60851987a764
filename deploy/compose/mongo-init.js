// Run once by the mongo-init service of docker-compose.yml (mongosh, as the root user on mongo1): makes the
// three members a replica set, waits for a primary, then creates one user per service with readWrite on its own
// database only. Idempotent: every step checks first.
const members = ['mongo1:27017', 'mongo2:27017', 'mongo3:27017'];
try {
  rs.status();
  print('replica set rs0 already initiated');
} catch (e) {
  rs.initiate({ _id: 'rs0', members: members.map((host, i) => ({ _id: i, host })) });
  print('replica set rs0 initiated with ' + members.join(', '));
}
for (let i = 0; i < 120 && !db.hello().isWritablePrimary; i++) {
  sleep(1000);
}
if (!db.hello().isWritablePrimary) {
  throw new Error('no primary after 120 s');
}
const users = {
  plan: process.env.PLAN_DB_PASSWORD,
  report: process.env.REPORT_DB_PASSWORD,
  notification: process.env.NOTIFICATION_DB_PASSWORD,
  analytics: process.env.ANALYTICS_DB_PASSWORD,
};
for (const [database, password] of Object.entries(users)) {
  const target = db.getSiblingDB(database);
  if (target.getUser(database) === null) {
    target.createUser({ user: database, pwd: password, roles: [{ role: 'readWrite', db: database }] },
      { w: 'majority' });
    print('user ' + database + ' created');
  } else {
    target.updateUser(database, { pwd: password }, { w: 'majority' });
    print('user ' + database + ' updated');
  }
}
