var t=Object.defineProperty;var d=(s,o)=>t(s,"name",{value:o,configurable:!0});export const id=4008,ids=[4008],modules={4008:((s,o,_)=>{_.d(o,{fromEnv:d(()=>n.sF,"fromEnv")});var n=_(3099)})};
