// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import "./IHub.sol";

interface IERC20Minimal {
    function transfer(address to, uint256 amount) external returns (bool);
    function transferFrom(address from, address to, uint256 amount) external returns (bool);
    function balanceOf(address account) external view returns (uint256);
}

/// @title HubBase: the hub's storage layout and the helpers every module shares.
/// @notice The hub is one address (Hub) whose calls are delegated along a chain of modules
///         (HubTasks -> HubMarket -> HubEscrow). Every module inherits this contract and
///         declares no state of its own, so all of them see the same storage.
abstract contract HubBase is IHubEvents {
    // ---------------------------------------------------------------- constants
    uint256 internal constant SCHEDULER_STAKE_RATIO = 30; // % of the workerpool price, per task
    uint256 internal constant CONTRIBUTION_DEADLINE_RATIO = 7;
    uint256 internal constant REVEAL_DEADLINE_RATIO = 2;
    uint256 internal constant FINAL_DEADLINE_RATIO = 10;
    uint256 internal constant CALLBACK_GAS = 100_000;
    /// @dev The most callback data a task delivers (poco.MaxCallbackData off chain): about
    ///      23 KB cannot be finalized under a 16,777,216 per-transaction gas cap.
    uint256 internal constant MAX_CALLBACK_DATA = 16_384;
    /// @dev A workerpool order whose tag has this bit (poco.TagBatched) makes a batched deal.
    bytes32 internal constant TAG_BATCHED = bytes32(uint256(1) << 1);

    uint8 internal constant KIND_APP = 1;
    uint8 internal constant KIND_DATASET = 2;
    uint8 internal constant KIND_WORKERPOOL = 3;

    uint8 internal constant TASK_UNSET = 0;
    uint8 internal constant TASK_ACTIVE = 1;
    uint8 internal constant TASK_REVEALING = 2;
    uint8 internal constant TASK_COMPLETED = 3;
    uint8 internal constant TASK_FAILED = 4;

    uint256 internal constant CONTRIB_CONTRIBUTED = 1;
    uint256 internal constant CONTRIB_REVEALED = 2;

    bytes32 internal constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
    bytes32 internal constant DOMAIN_NAME_HASH = keccak256("decloud");
    bytes32 internal constant DOMAIN_VERSION_HASH = keccak256("1");
    bytes32 internal constant AUTHORIZATION_TYPEHASH = keccak256("WorkerAuthorization(address worker,bytes32 taskid)");
    bytes32 internal constant CONTRIBUTION_TYPEHASH = keccak256("Contribution(bytes32 taskid,bytes32 resultHash,bytes32 resultSeal)");

    // ---------------------------------------------------------------- storage types
    struct Account {
        uint128 balance;
        uint128 frozen;
    }

    struct App {
        address owner;
        uint8 kind;
        bytes32 checksum;
        bytes32 metaHash;
    }

    struct Dataset {
        address owner;
        bytes32 checksum;
        bytes32 metaHash;
    }

    struct Workerpool {
        address owner;
        uint8 workerStakeRatio;
        uint8 schedulerRewardRatio;
        bytes32 metaHash;
    }

    struct Category {
        uint256 timeRef;
        string name;
        string description;
    }

    /// @dev Four slots (five with a callback, six for a batched deal): everything the task
    ///      functions need.
    struct Deal {
        // slot 0
        address requester;
        uint32 volume;
        uint24 trust;
        uint40 startTime;
        // slot 1 (initialize reads it: the batched flag costs the per-task path no read)
        address appOwner;
        uint64 appPrice;
        uint24 timeRef;
        bool batched; // the workerpool order had TAG_BATCHED: tasks settle in batches (HubBatch)
        // slot 2
        address datasetOwner;
        uint64 datasetPrice;
        uint32 category;
        // slot 3
        address scheduler;
        uint64 poolPrice;
        uint8 workerStakeRatio;
        uint8 schedulerRewardRatio;
        // slot 4
        address callback;
        // slot 5, written for batched deals only: whose workers' bonds back its tasks
        address workerpool;
    }

    /// @dev A worker's bond to one workerpool; both amounts are also in the worker's frozen.
    struct Bond {
        // slot 0: all that settle reads and writes
        uint128 bonded;
        uint128 unbonding; // seizable until withdrawn
        // slot 1
        uint256 releaseTime; // when `unbonding` may be withdrawn
    }

    struct Task {
        // slot 0
        bytes32 dealid;
        // slot 1
        uint8 status;
        uint32 idx;
        uint40 contributionDeadline;
        uint40 revealDeadline;
        uint40 finalDeadline;
        uint16 contributorCount;
        uint16 winnerCount;
        uint16 revealCount;
        uint8 epoch;
        // slot 2: the consensus value (resultHash) until the first reveal, then the digest
        bytes32 consensus;
        // slot 3: 1 + the sum of the group weights before the deciding vote (0 stands for 1)
        uint256 total;
    }

    // ---------------------------------------------------------------- storage
    IERC20Minimal internal _token;
    address internal _owner;
    uint256 internal _pot;
    mapping(address => Account) internal _accounts;
    mapping(address => uint256) internal _scores;
    mapping(address => App) internal _apps;
    mapping(address => Dataset) internal _datasets;
    mapping(address => Workerpool) internal _workerpools;
    Category[] internal _categories;
    mapping(bytes32 => uint256) internal _consumed;
    mapping(bytes32 => bool) internal _presigned;
    mapping(bytes32 => Deal) internal _deals;
    mapping(bytes32 => Task) internal _tasks;
    /// @dev taskid => worker => seal (low 160 bits) | status << 160 | epoch << 168 | weight << 176
    mapping(bytes32 => mapping(address => uint256)) internal _contributions;
    mapping(bytes32 => mapping(uint256 => address)) internal _contributors;
    /// @dev taskid => resultHash => voters << 224 | product of the voters' weights
    mapping(bytes32 => mapping(bytes32 => uint256)) internal _groups;
    /// @dev taskid => resultHash => epoch at which the hash's group was rejected by reopen
    mapping(bytes32 => mapping(bytes32 => uint256)) internal _rejectedAt;
    mapping(bytes32 => bytes) internal _callbackResults;
    // Batched path (appended: the layout above is unchanged).
    /// @dev worker => workerpool => bond
    mapping(address => mapping(address => Bond)) internal _bonds;
    /// @dev dealid => idx / 256 => bit idx % 256 set once the task is settled or claimed
    mapping(bytes32 => mapping(uint256 => uint256)) internal _batchDone;
    /// @dev dealid => idx / 256 => bit idx % 256 set once the task is claimed
    mapping(bytes32 => mapping(uint256 => uint256)) internal _batchClaimed;
    /// @dev The largest reference time of any category: the unbonding delay derives from it.
    uint256 internal _maxTimeRef;

    // ---------------------------------------------------------------- delegation

    /// @dev Runs the current call in target's code on this contract's storage and returns
    ///      or reverts with whatever it returned.
    ///      It works at the free memory pointer, which keeps the assembly memory-safe for
    ///      the optimizer of the hub, whose own functions (HubBatch) need it.
    function _delegate(address target) internal {
        assembly ("memory-safe") {
            let p := mload(0x40)
            calldatacopy(p, 0, calldatasize())
            let ok := delegatecall(gas(), target, p, calldatasize(), 0, 0)
            returndatacopy(p, 0, returndatasize())
            if iszero(ok) { revert(p, returndatasize()) }
            return(p, returndatasize())
        }
    }

    // ---------------------------------------------------------------- escrow moves
    // Every move keeps sum(balance) + sum(frozen) + pot == token held by the hub.

    function _emitAccount(address a, Account storage acc) internal {
        emit AccountUpdated(a, acc.balance, acc.frozen);
    }

    /// @dev balance -> frozen.
    function _lock(address a, uint256 amount, string memory reason) internal {
        Account storage acc = _accounts[a];
        uint256 b = acc.balance;
        require(b >= amount, reason);
        acc.balance = uint128(b - amount);
        acc.frozen += uint128(amount); // amount <= balance < 2^128
        _emitAccount(a, acc);
    }

    /// @dev frozen -> balance (plus `extra` coming from elsewhere in the same move).
    function _unlockAndCredit(address a, uint256 unlock, uint256 extra) internal {
        Account storage acc = _accounts[a];
        acc.frozen -= _u128(unlock);
        acc.balance += _u128(unlock + extra);
        _emitAccount(a, acc);
    }

    /// @dev frozen -> (the caller decides where it goes: the pot, or other accounts).
    function _seize(address a, uint256 amount) internal {
        Account storage acc = _accounts[a];
        acc.frozen -= _u128(amount);
        _emitAccount(a, acc);
    }

    /// @dev (from frozen funds already taken elsewhere) -> balance.
    function _credit(address a, uint256 amount) internal {
        if (amount == 0 || a == address(0)) return;
        Account storage acc = _accounts[a];
        acc.balance += _u128(amount);
        _emitAccount(a, acc);
    }

    /// @dev A claim's moves for one task of d, from its final deadline on: the requester's
    ///      frozen price back to its balance, the scheduler's stake seized to the pot.
    function _refund(Deal storage d) internal returns (uint256 poolPrice) {
        require(block.timestamp >= uint256(d.startTime) + FINAL_DEADLINE_RATIO * uint256(d.timeRef), "hub: final deadline not reached");
        poolPrice = d.poolPrice;
        _unlockAndCredit(d.requester, uint256(d.appPrice) + d.datasetPrice + poolPrice, 0);
        uint256 schedulerStake = poolPrice * SCHEDULER_STAKE_RATIO / 100;
        _seize(d.scheduler, schedulerStake);
        _pot += schedulerStake;
        emit PotUpdated(_pot);
    }

    function _u128(uint256 x) internal pure returns (uint128) {
        require(x <= type(uint128).max, "hub: amount too large");
        return uint128(x);
    }

    // ---------------------------------------------------------------- signatures

    function _domainSeparator() internal view returns (bytes32) {
        return keccak256(abi.encode(DOMAIN_TYPEHASH, DOMAIN_NAME_HASH, DOMAIN_VERSION_HASH, block.chainid, address(this)));
    }

    function _typedDataHash(bytes32 structHash) internal view returns (bytes32 digest) {
        bytes32 sep = _domainSeparator();
        assembly ("memory-safe") {
            let p := mload(0x40)
            mstore(p, hex"1901")
            mstore(add(p, 2), sep)
            mstore(add(p, 34), structHash)
            digest := keccak256(p, 66)
        }
    }

    /// @dev The signer of `digest`, or zero for a malformed or malleable signature.
    function _recover(bytes32 digest, bytes calldata sig) internal pure returns (address) {
        if (sig.length != 65) return address(0);
        bytes32 r;
        bytes32 s;
        uint8 v;
        assembly ("memory-safe") {
            r := calldataload(sig.offset)
            s := calldataload(add(sig.offset, 32))
            v := byte(0, calldataload(add(sig.offset, 64)))
        }
        if (v < 27) v += 27;
        if (v != 27 && v != 28) return address(0);
        if (uint256(s) > 0x7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF5D576E7357A4501DDFE92F46681B20A0) return address(0);
        return ecrecover(digest, v, r, s);
    }

    /// @dev True if `signer` signed `digest`, or presigned it on chain when `sig` is empty.
    function _verify(address signer, bytes32 digest, bytes calldata sig) internal view returns (bool) {
        if (signer == address(0)) return false;
        if (sig.length == 0) return _presigned[digest];
        return _recover(digest, sig) == signer;
    }

    // ---------------------------------------------------------------- trust math

    /// @dev Sarmenta's credibility with k = 3: w = max(score / 3, 3) - 1.
    function _weight(uint256 score) internal pure returns (uint256) {
        uint256 x = score / 3;
        return (x > 3 ? x : 3) - 1;
    }

    /// @dev floor(log2(x)), 0 for x <= 1 (in assembly: a Solidity loop costs several times more).
    function _log2(uint256 x) internal pure returns (uint256 r) {
        assembly ("memory-safe") {
            for {} gt(x, 1) {} {
                x := shr(1, x)
                r := add(r, 1)
            }
        }
    }
}
