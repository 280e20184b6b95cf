var t=Object.defineProperty;var d=(s,o)=>t(s,"name",{value:o,configurable:!0});export const id=8,ids=[8],modules={4008:((s,o,_)=>{_.d(o,{fromEnv:d(()=>n.sF,"fromEnv")});var n=_(3099)})};
