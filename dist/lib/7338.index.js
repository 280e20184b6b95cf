var j=Object.defineProperty;var t=($,i)=>j($,"name",{value:i,configurable:!0});export const id=7338,ids=[7338],modules={6706:(($,i,p)=>{p.d(i,{Kb:t(()=>u,"Kb"),a4:t(()=>c,"a4"),aY:t(()=>f,"aY"),kq:t(()=>s,"kq"),lS:t(()=>m,"lS"),tp:t(()=>d,"tp"),zH:t(()=>r,"zH")});function s(n){return String(n??"").replace(/&/g,"&amp;").replace(/</g,"&lt;").replace(/>/g,"&gt;").replace(/\|/g,"\\|").replace(/\r?\n/g,"<br>")}t(s,"escapeCell");function f(n){const e=String(n??"");if(!e)return"";const o=e.includes("`")?"``":"`";return`${o}${e.replace(/\|/g,"\\|")}${o}`}t(f,"code");function d(n,e){const o=`| ${n.map(s).join(" | ")} |`,l=`| ${n.map(()=>"---").join(" | ")} |`,h=e.map(w=>`| ${w.map(_=>g(_)?_.raw:s(_)).join(" | ")} |`);return[o,l,...h].join(`
`)}t(d,"table");function m(n){return{raw:n}}t(m,"raw");function g(n){return typeof n=="object"&&n!==null&&"raw"in n}t(g,"isRaw");function r(n,e,o=!1){return`<details${o?" open":""}><summary>${s(n)}</summary>

${e}

</details>`}t(r,"details");function a(n,e=""){const o=Math.max(2,...[...n.matchAll(/`+/g)].map(h=>h[0].length)),l="`".repeat(o+1);return`${l}${e}
${n}
${l}`}t(a,"codeBlock");function c(n){return a(n,"mermaid")}t(c,"mermaid");function u(n,e=500){return n.length<=e?n:`${n.slice(0,e)}\u2026 (${n.length-e} more characters)`}t(u,"excerpt")}),7338:(($,i,p)=>{p.d(i,{canarySteps:t(()=>d,"canarySteps"),d:t(()=>g,"d")});var s=p(6706);const f={passed:"done, ",failed:"crit, ",cancelled:"crit, ","not-run":""};function d(r){return r?r.steps.map(a=>`${a.percent}:${a.result}`).join(","):""}t(d,"canarySteps");function m(r,a){const c=Math.max(1,Math.round(r.stepMinutes*60)),u=["gantt",`  title Canary of version ${a}`,"  dateFormat X","  axisFormat %H:%M:%S",`  section Traffic to version ${a}`];return r.steps.forEach((n,e)=>{const o=e===0?"0":`after s${e}`;u.push(`  ${n.percent} % ${n.result} :${f[n.result]}s${e+1}, ${o}, ${c}s`)}),u.join(`
`)}t(m,"canaryDiagram");function g(r,a){const c=[`- Canary through gateway ${(0,s.aY)(r.gateway)}: ${r.steps.length} step(s) of ${r.stepMinutes} minute(s) each.`];r.found&&c.push(`- Before it started: ${(0,s.kq)(r.found)}.`);const u=r.steps.map((n,e)=>[`${e+1} of ${r.steps.length}`,`${n.percent} %`,n.result,n.reason??""]);return[`### Canary steps

${c.join(`
`)}

${(0,s.a4)(m(r,a))}

${(0,s.tp)(["Step","Traffic to the new version","Result","Reason"],u)}`]}t(g,"canarySummary")})};
