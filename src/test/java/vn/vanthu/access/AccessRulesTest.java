package vn.vanthu.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class AccessRulesTest {
    @Test
    void eachRoleSeesItsLevels() {
        assertEquals(List.of("public"), Role.ANONYMOUS.visibleLevels());
        assertEquals(List.of("public", "internal"), Role.STAFF.visibleLevels());
        assertEquals(List.of("public", "internal", "confidential"), Role.ADMIN.visibleLevels());
        assertTrue(Role.ADMIN.seesAll());
        assertFalse(Role.STAFF.seesAll());
    }

    @Test
    void staffMoveBetweenPublicAndInternalOnly() {
        assertTrue(Role.STAFF.canChangeAccess(AccessLevel.PUBLIC, AccessLevel.INTERNAL));
        assertTrue(Role.STAFF.canChangeAccess(AccessLevel.INTERNAL, AccessLevel.PUBLIC));
        assertFalse(Role.STAFF.canChangeAccess(AccessLevel.PUBLIC, AccessLevel.CONFIDENTIAL));
        assertFalse(Role.STAFF.canChangeAccess(AccessLevel.CONFIDENTIAL, AccessLevel.INTERNAL));
        assertTrue(Role.ADMIN.canChangeAccess(AccessLevel.CONFIDENTIAL, AccessLevel.PUBLIC));
        assertFalse(Role.ANONYMOUS.canChangeAccess(AccessLevel.INTERNAL, AccessLevel.PUBLIC));
    }

    @Test
    void securityMarkingsMakeDocumentsConfidential() {
        for (String marking : List.of("Mật", "MẬT", "Tối mật", "TUYỆT MẬT", "Độ mật: Mật", "MA\u0323\u0302T")) {
            assertEquals(Optional.of(AccessLevel.CONFIDENTIAL), AccessLevel.fromMarking(marking), marking);
        }
        assertEquals(Optional.empty(), AccessLevel.fromMarking("Khẩn"));
        assertEquals(Optional.empty(), AccessLevel.fromMarking(""));
    }

    @Test
    void unmarkedDocumentsTakeTheRunsDefaultAndMarksNeverLowerIt() {
        assertEquals(AccessLevel.PUBLIC, AccessLevel.atIngest(Optional.empty(), AccessLevel.PUBLIC));
        assertEquals(AccessLevel.INTERNAL, AccessLevel.atIngest(Optional.of("Khẩn"), AccessLevel.INTERNAL));
        assertEquals(AccessLevel.CONFIDENTIAL, AccessLevel.atIngest(Optional.of("Tuyệt mật"), AccessLevel.INTERNAL));
    }
}
