package vn.vanthu.access;

/** A token just created: the only moment the token itself exists outside its holder's hands. */
public record IssuedToken(long id, Role role, String label, String token) {
    @Override
    public String toString() {
        return "IssuedToken[id=" + id + ", role=" + role + ", label=" + label + "]"; // never the secret
    }
}
