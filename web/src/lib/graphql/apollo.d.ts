// Apollo Client's "modern" signatures type `client.query(...)` from the document and the default
// options: with errorPolicy "none" (a failed query rejects), `data` is then known to be there.
import '@apollo/client';

declare module '@apollo/client' {
  export interface TypeOverrides {
    signatureStyle: 'modern';
  }
}
