// k6 version of the browse scenario (the old system's test: list shops → shop page → health), ramping to 200 VUs,
// with the old thresholds. For users who have k6; on our machines the wrk runner (../run-browse.sh) is used.
//   k6 run -e BASE_URL=http://127.0.0.1:8000 loadtest/k6/browse.js
import http from 'k6/http';
import { check, sleep } from 'k6';

const BASE = __ENV.BASE_URL || 'http://127.0.0.1:8000';

export const options = {
  stages: [
    { duration: '30s', target: 50 },
    { duration: '1m', target: 200 },
    { duration: '30s', target: 0 },
  ],
  thresholds: {
    http_req_duration: ['p(95)<500', 'p(99)<1000'],
    http_req_failed: ['rate<0.01'],
  },
};

export default function () {
  const list = http.get(`${BASE}/public/sellers?page=1&per_page=20`);
  check(list, { 'list 200': (r) => r.status === 200 });
  const sellers = list.status === 200 ? list.json('sellers') : [];
  if (sellers.length > 0) {
    const shop = sellers[Math.floor(Math.random() * sellers.length)];
    check(http.get(`${BASE}/public/sellers/${shop.seller_id}`), { 'shop 200': (r) => r.status === 200 });
  }
  check(http.get(`${BASE}/health`), { 'health 200': (r) => r.status === 200 });
  sleep(1 + Math.random() * 2);
}
