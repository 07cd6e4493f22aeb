// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

// The four orders of the market (EIP-712 typed data; `sign` is not part of the typed data: it
// holds the 65-byte signature, or is empty for an order presigned on chain).

struct AppOrder {
    address app;
    uint256 appprice;
    uint256 volume;
    bytes32 tag;
    address datasetrestrict;
    address workerpoolrestrict;
    address requesterrestrict;
    bytes32 salt;
    bytes sign;
}

struct DatasetOrder {
    address dataset;
    uint256 datasetprice;
    uint256 volume;
    bytes32 tag;
    address apprestrict;
    address workerpoolrestrict;
    address requesterrestrict;
    bytes32 salt;
    bytes sign;
}

struct WorkerpoolOrder {
    address workerpool;
    uint256 workerpoolprice;
    uint256 volume;
    bytes32 tag;
    uint256 category;
    uint256 trust;
    address apprestrict;
    address datasetrestrict;
    address requesterrestrict;
    bytes32 salt;
    bytes sign;
}

struct RequestOrder {
    address app;
    uint256 appmaxprice;
    address dataset;
    uint256 datasetmaxprice;
    address workerpool;
    uint256 workerpoolmaxprice;
    address requester;
    uint256 volume;
    bytes32 tag;
    uint256 category;
    uint256 trust;
    address beneficiary;
    address callback;
    string params;
    bytes32 salt;
    bytes sign;
}

/// @notice A deal as the hub stores it (the full orders are in the DealCreated event).
struct DealView {
    address requester;
    uint256 volume;
    uint256 trust;
    uint256 startTime;
    uint256 category;
    uint256 timeRef;
    address appOwner;
    uint256 appPrice;
    address datasetOwner;
    uint256 datasetPrice;
    address scheduler;
    uint256 workerpoolPrice;
    uint256 workerStakeRatio;
    uint256 schedulerRewardRatio;
    uint256 schedulerStake;
    uint256 workerStake;
    address callback;
    bool batched; // its tasks settle in batches (settle, claimBatched), not one by one
    address workerpool; // zero for a deal of the per-task path
}

struct TaskView {
    uint256 status;
    bytes32 dealid;
    uint256 idx;
    uint256 contributionDeadline;
    uint256 revealDeadline;
    uint256 finalDeadline;
    bytes32 consensusValue;
    bytes32 resultDigest;
    uint256 contributorCount;
    uint256 winnerCount;
    uint256 revealCount;
    uint256 total;
    uint256 epoch;
    address[] contributors;
}

struct ContributionView {
    uint256 status;
    uint256 weight;
    uint256 epoch;
    bytes20 seal;
}

struct CategoryView {
    string name;
    string description;
    uint256 timeRef;
}

struct AccountView {
    uint256 balance;
    uint256 frozen;
}

struct AppView {
    address owner;
    uint8 kind;
    bytes32 checksum;
    bytes32 metaHash;
}

struct DatasetView {
    address owner;
    bytes32 checksum;
    bytes32 metaHash;
}

struct WorkerpoolView {
    address owner;
    uint256 workerStakeRatio;
    uint256 schedulerRewardRatio;
    bytes32 metaHash;
}

/// @notice Tasks 256·word to 256·word + 255 of a batched deal: bit i of done is set once
///         task 256·word + i is settled or claimed, of claimed once it is claimed.
struct BatchBitsView {
    uint256 done;
    uint256 claimed;
}

struct BondView {
    uint256 bonded;
    uint256 unbonding;
    uint256 releaseTime;
}

/// @notice A worker's contribution to one task of a batched deal is the EIP-712
///         Contribution(bytes32 taskid,bytes32 resultHash,bytes32 resultSeal) it signed, with
///         resultHash = keccak256(taskid ‖ digest) and resultSeal = keccak256(worker ‖ taskid ‖ digest)
///         as in contribute. Signatures are in EIP-2098's compact form: r, and
///         vs = yParity << 255 | s. `worker` is the worker's index in settle's `workers`.
///         A contribution for the digest settled is a SignedVote: its hash and seal follow
///         from the worker, the task and the digest, so the hub derives them (96 bytes of
///         calldata instead of 160).
struct SignedVote {
    uint256 worker;
    bytes32 r;
    bytes32 vs;
}

/// @notice A contribution for another result than the digest settled (or one for it sent
///         with its hash and seal, which the hub then checks).
struct SignedContribution {
    uint256 worker;
    bytes32 resultHash;
    bytes32 resultSeal;
    bytes32 r;
    bytes32 vs;
}

/// @notice One task of a batched deal as its scheduler settles it: the digest the winners
///         agreed on, the result link (emitted), the callback data (deals with a callback) and
///         every contribution counted: the votes for the digest and the others.
struct TaskSettlement {
    bytes32 dealid;
    uint256 idx;
    bytes32 digest;
    bytes results;
    bytes resultsCallback;
    SignedVote[] votes;
    SignedContribution[] others;
}
