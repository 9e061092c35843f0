package fr.monenfantalecole.portail.localdata;

/** An entry of the local fields dictionary: what a collectivité may fill in. */
public record LocalField(String key, FieldType type, String libelle, String aide, String exemple, int position) {

    /** The first part of the key ("contact", "cantine"...), by which the form groups fields. */
    public String groupe() {
        int dot = key.indexOf('.');
        return dot < 0 ? key : key.substring(0, dot);
    }
}
