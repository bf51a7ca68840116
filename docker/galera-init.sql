-- HAProxy's mysql-check logs in with this user: no password, no privileges (docker-compose.cluster.yml).
CREATE USER IF NOT EXISTS 'haproxy_check'@'%';
